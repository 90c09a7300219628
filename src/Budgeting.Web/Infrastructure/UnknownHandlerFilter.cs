using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Budgeting.Web.Infrastructure;

/// <summary>
/// A request that matches no handler of a page that has handlers (a post to a page that only shows something, or an
/// unknown handler name) is answered 405: run without a handler, the page would render with nothing loaded and fail.
/// The error page, re-executed with the failed request's verb, is left alone.
/// </summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0
            && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

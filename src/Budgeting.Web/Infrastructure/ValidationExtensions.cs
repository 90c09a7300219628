using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Budgeting.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Copies the failures into ModelState, except on fields that model binding already found unreadable.</summary>
    public static void AddToModelState(this ValidationResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = $"{prefix}.{error.PropertyName}";
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}

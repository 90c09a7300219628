// Catches typos in a voting code before the server is asked: the same check character the server verifies
// (weighted sum of the 12 characters' positions in the alphabet, weights 1..12, divisible by 31).
(function () {
    "use strict";
    var form = document.getElementById("code-form");
    if (!form) { return; }
    var alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    var input = document.getElementById("Code");
    var message = document.getElementById("code-check");

    function problem(text) {
        var bare = text.replace(/[\s\-\u2010\u2011\u2013\u2212]/g, "").toUpperCase();
        if (bare.length !== 12) { return "malformed"; }
        var sum = 0;
        for (var i = 0; i < 12; i++) {
            var value = alphabet.indexOf(bare.charAt(i));
            if (value < 0) { return "malformed"; }
            sum += (i + 1) * value;
        }
        return sum % 31 === 0 ? null : "typo";
    }

    form.addEventListener("submit", function (event) {
        var found = problem(input.value);
        if (found) {
            event.preventDefault();
            message.textContent = form.getAttribute("data-" + found);
            input.setAttribute("aria-invalid", "true");
            input.focus();
        }
    });
    input.addEventListener("input", function () {
        message.textContent = "";
        input.removeAttribute("aria-invalid");
    });
})();

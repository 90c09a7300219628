// Shows the running count, cost and points as the voter chooses; the server checks every rule again on submit.
(function () {
    var form = document.getElementById("ballot");
    var tally = document.getElementById("tally");
    if (!form || !tally) { return; }
    var digits = parseInt(form.dataset.digits, 10);
    var scale = Math.pow(10, digits);
    var money = new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    function update() {
        var count = 0, cost = 0, points = 0;
        form.querySelectorAll(".choice").forEach(function (choice) {
            var input = choice.querySelector(".mark:checked, .rank, .points");
            if (!input) { return; }
            var value = input.classList.contains("mark") ? 1 : parseInt(input.value, 10) || 0;
            if (value > 0) {
                count += 1;
                cost += parseInt(choice.dataset.cost, 10);
                if (input.classList.contains("points")) { points += value; }
            }
        });
        var text = tally.dataset.count.replace("{0}", count);
        if (form.dataset.type === "Knapsack" || form.dataset.type === "Approval") {
            var currency = " " + form.dataset.currency;
            text += " · " + tally.dataset.cost.replace("{0}", money.format(cost / scale) + currency)
                .replace("{1}", money.format(form.dataset.budget / scale) + currency);
        }
        if (form.dataset.type === "Cumulative") { text += " · " + tally.dataset.points.replace("{0}", points); }
        tally.textContent = text;
        tally.hidden = false;
    }
    form.addEventListener("change", update);
    form.addEventListener("input", update);
    update();
})();

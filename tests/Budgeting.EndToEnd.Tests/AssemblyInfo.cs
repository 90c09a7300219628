// One app and one Chromium serve every test, and each test opens its own browser context, so any two tests can run side
// by side (tests/run.sh asks NUnit for two workers).
[assembly: Parallelizable(ParallelScope.Children)]

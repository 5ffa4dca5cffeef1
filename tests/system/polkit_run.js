// Runs after polkit_test.js and the rules file (duk shares one heap across its files).
runChecks();

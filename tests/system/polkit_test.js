// The polkit rules of assets/deploy/50-tongban-kiosk.rules in duktape (polkit 122's engine),
// with a stub `polkit` object (ctest polkit_rules).
// duk runs the files it is given in one heap: this stub, the rules file, then polkit_run.js.
var rules = [];
var polkit = {
    Result: { NO: "no", YES: "yes", AUTH_SELF: "auth_self", AUTH_SELF_KEEP: "auth_self_keep",
        AUTH_ADMIN: "auth_admin", AUTH_ADMIN_KEEP: "auth_admin_keep", NOT_HANDLED: null },
    addRule: function (rule) { rules.push(rule); },
    addAdminRule: function () { },
    log: function (message) { print("polkit.log: " + message); },
    spawn: function () { throw new Error("the rules must not spawn programs"); }
};


function action(id, details) {
    return { id: id, lookup: function (key) { return details ? details[key] : undefined; } };
}
function subject(user, groups) {
    return { user: user, groups: groups || [], local: true, active: true, pid: 1234,
        isInGroup: function (g) { return this.groups.indexOf(g) >= 0; },
        isInNetGroup: function () { return false; } };
}
// As polkitd does: the first rule with an answer decides; no answer means the action's default.
function decide(a, s) {
    for (var i = 0; i < rules.length; ++i) {
        var r = rules[i](a, s);
        if (r !== undefined && r !== null)
            return r;
    }
    return "default";
}

var checks = 0, failures = 0;
function expect(what, a, s, want) {
    ++checks;
    var got = decide(a, s);
    if (got !== want) {
        ++failures;
        print("FAIL " + what + ": got " + got + ", want " + want);
    }
}

function runChecks() {
    var kiosk = subject("tongban", ["tongban", "video", "input"]);
    var other = subject("alice", ["alice", "sudo"]);
    var stick = { "drive.removable": "true", "drive.removable.bus": "usb", "id.usage": "filesystem",
        "id.type": "vfat", "device": "/dev/sdb1" };
    var internal = { "drive.removable": "false", "id.usage": "filesystem", "id.type": "ext4", "device": "/dev/sda2" };
    var mount = "org.freedesktop.udisks2.filesystem-mount";
    var units = "org.freedesktop.systemd1.manage-units";

    if (rules.length !== 1) { ++failures; print("FAIL expected one rule, got " + rules.length); }
    expect("kiosk mounts a USB stick", action(mount, stick), kiosk, "yes");
    expect("kiosk mounts an internal disk", action(mount, internal), kiosk, "default");
    expect("kiosk mounts a stick's swap", action(mount, { "drive.removable": "true", "id.usage": "other" }), kiosk, "default");
    expect("kiosk mounts as system", action("org.freedesktop.udisks2.filesystem-mount-system", stick), kiosk, "default");
    expect("kiosk formats a stick", action("org.freedesktop.udisks2.modify-device", stick), kiosk, "default");
    expect("kiosk stops its unit", action(units, { unit: "tongban-kiosk.service", verb: "stop" }), kiosk, "yes");
    expect("kiosk restarts its unit", action(units, { unit: "tongban-kiosk.service", verb: "restart" }), kiosk, "default");
    expect("kiosk stops ssh", action(units, { unit: "ssh.service", verb: "stop" }), kiosk, "default");
    expect("kiosk starts getty", action(units, { unit: "getty@tty2.service", verb: "start" }), kiosk, "default");
    expect("kiosk reboots", action("org.freedesktop.login1.reboot", {}), kiosk, "default");
    expect("kiosk manages unit files", action("org.freedesktop.systemd1.manage-unit-files", {}), kiosk, "default");
    expect("kiosk sets the time", action("org.freedesktop.timedate1.set-time", {}), kiosk, "default");
    expect("someone else mounts a stick", action(mount, stick), other, "default");
    expect("someone else stops the kiosk", action(units, { unit: "tongban-kiosk.service", verb: "stop" }), other, "default");
    expect("a user named like it", action(mount, stick), subject("tongban2"), "default");
    if (failures === 0)
        print("polkit rules: " + checks + " checks passed");
    else
        print("polkit rules: FAIL " + failures + " of " + checks + " checks");
}

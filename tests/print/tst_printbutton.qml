import QtQuick
import QtTest
import Tongban
import PrintTest

// 打印办事指南: a touch prints once; while the slip prints the button says so and ignores
// further touches (the screen keeps working); afterwards the slip that came out carries the
// item's QR code and the resident reads that it printed.
Item {
    id: root
    width: 800
    height: 600

    PrintButton {
        id: printButton
        itemId: "item-1"
        width: 600
    }

    SignalSpy {
        id: started
        target: Printer
        signalName: "started"
    }
    SignalSpy {
        id: finished
        target: Printer
        signalName: "finished"
    }

    TestCase {
        name: "PrintButton"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByName(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }

        function tap(item) {
            touchEvent(item).press(0, item, item.width / 2, item.height / 2).commit();
            touchEvent(item).release(0, item, item.width / 2, item.height / 2).commit();
        }

        function test_touchPrintsOnceAndReports() {
            const button = findByName(printButton, "printButton");
            const message = findByName(printButton, "printMessage");
            verify(button && message);
            compare(button.text, "打印办事指南");
            verify(!message.visible);

            tap(button);
            compare(started.count, 1);
            compare(started.signalArguments[0][0], "item-1");
            verify(Printer.busy);
            verify(!button.enabled);
            compare(button.text, "正在打印…");
            compare(message.text, "正在打印，请稍候…");
            verify(Visit.held); // the idle reset waits while the slip prints
            waitForRendering(printButton);

            // Well past the button's own double-tap guard: still printing, still one slip.
            wait(700);
            tap(button);
            verify(Printer.busy);
            compare(started.count, 1);

            Fifo.drain();
            finished.wait(30000);
            compare(finished.signalArguments[0][0], true);
            verify(button.enabled);
            verify(!Visit.held);
            compare(button.text, "打印办事指南");
            compare(message.text, "已打印，请取走办事指南。");
            compare(Fifo.decoded(), ["https://zwfw.jl.gov.cn/jlszwfw/item/1001?area=220100"]);
            compare(started.count, 1);
        }
    }
}

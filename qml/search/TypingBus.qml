pragma Singleton
import QtQuick

// Keys deep inside the keypad's repeaters cannot see the search field; they send here.
QtObject {
    signal typed(string key)
}

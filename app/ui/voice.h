#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace tongban {

class ContentStore;
class LocalState;
class ReadoutPlayer;
class UiSounds;
class Visit;

// 读给我听 and 读屏 as QML sees them (a typed singleton, set up before QML loads): reads an
// item's or a notice's summary aloud, a screen's title and a button's label in 读屏 mode,
// and says when the kiosk has no sound device. Speech holds the visit's idle timer.
class Voice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool speaking READ speaking NOTIFY changed)
    // What is being read: "item:<id>", "notice:<title>", "screen", "label"; empty when silent.
    Q_PROPERTY(QString reading READ reading NOTIFY changed)
    Q_PROPERTY(bool audioAvailable READ audioAvailable NOTIFY changed)
    // 读屏: each screen's title is read when it opens, a long press reads a button's label.
    Q_PROPERTY(bool screenReader READ screenReader WRITE setScreenReader NOTIFY screenReaderChanged)

public:
    // `cityCode`: the kiosk's city, for the QR hint read with an item (deep link or portal).
    Voice(ContentStore *store, LocalState *log, Visit *visit, int volume, const QString &cityCode, QObject *parent = nullptr);
    ~Voice() override;

    static Voice *instance();
    static void setInstance(Voice *voice);
    static Voice *create(QQmlEngine *, QJSEngine *);

    bool speaking() const;
    QString reading() const { return speaking() ? m_reading : QString(); }
    bool audioAvailable() const;
    bool screenReader() const { return m_screenReader; }
    void setScreenReader(bool on);

    // 读给我听 on the item guide / a notice: starts reading, or stops when this one is already
    // being read (a second press).
    Q_INVOKABLE void toggleItem(const QString &itemId);
    Q_INVOKABLE void toggleNotice(const QString &title, const QString &body);
    // 读屏: a screen title or a button label (only in 读屏 mode).
    Q_INVOKABLE void readScreen(const QString &title);
    Q_INVOKABLE void readLabel(const QString &label);
    Q_INVOKABLE void stop();

    // The readout text of an item ("" when unknown), for tests and benches.
    QString itemText(const QString &itemId) const;
    ReadoutPlayer *player() const { return m_player.get(); }

signals:
    void changed();
    void screenReaderChanged();

private:
    void speak(const QString &key, const QString &text);
    void holdVisit(bool hold);

    ContentStore *m_store;
    QString m_cityCode;
    Visit *m_visit;
    std::unique_ptr<ReadoutPlayer> m_player;
    QString m_reading;
    bool m_screenReader = false;
    bool m_holding = false;
};

// The touch and page-change sounds (a typed singleton).
class Sounds : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit Sounds(UiSounds *sounds, QObject *parent = nullptr);
    static void setInstance(Sounds *sounds);
    static Sounds *create(QQmlEngine *, QJSEngine *);

    Q_INVOKABLE void touch();
    Q_INVOKABLE void page();

private:
    UiSounds *m_sounds;
};

} // namespace tongban

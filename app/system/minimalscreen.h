#pragma once

#include <QRasterWindow>
#include <QString>

namespace tongban {

// The last resort after a crash loop: a plain screen that loads nothing (no QML, no content,
// no database) and tells residents to go to a counter, with the hall's name. Never black.
class MinimalScreen : public QRasterWindow
{
    Q_OBJECT
public:
    explicit MinimalScreen(const QString &hallName);

    static QString message();
    QString hallName() const { return m_hallName; }

signals:
    // After the first paint reached the window (the kiosk then tells systemd READY).
    void firstFramePainted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_hallName;
    bool m_painted = false;
};

} // namespace tongban

// "Paste String…": a masked box for a string session (it is a secret: anyone
// holding it is logged in), an optional format, and what detection makes of
// the text as it is typed: the format and layout it was read as, and every
// other reading with the reason it was rejected. Nothing is added to the
// library until the user presses Open.
#pragma once

#include "model/decoded.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fero::gui {

class PasteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteDialog)

public:
    explicit PasteDialog(QWidget *parent = nullptr);
    ~PasteDialog() override;

    // Fills the box (Ctrl+V hands the clipboard text over) and detects.
    void setText(const QString &text);
    // The decoded session after the dialog was accepted.
    std::optional<fero::DecodedSession> takeResult() { return std::exchange(m_result, std::nullopt); }
    QLineEdit *textBox() const { return m_text; }

    // What detection says about the current text, for the user and the tests:
    // "Telethon string, IPv4, 353 characters." (empty when nothing decodes);
    // after accept(), what the accepted text was, until takeResult().
    QString detectedText() const;
    // One line per other reading and why it lost, then what each library
    // would do with the text.
    QStringList otherReadings() const { return m_otherReadings; }
    bool canOpen() const;

    void accept() override;

private:
    void detect();

    QLineEdit *m_text;
    QComboBox *m_format;
    QLabel *m_detected;
    QPlainTextEdit *m_others;
    QLabel *m_error;
    QPushButton *m_open = nullptr;
    QStringList m_otherReadings;
    std::optional<fero::DecodedSession> m_pending; // what Open would add
    std::optional<fero::DecodedSession> m_result;
    QString m_resultText; // what the accepted text was detected as
};

} // namespace fero::gui

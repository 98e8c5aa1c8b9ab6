// "Paste String…": a masked box for a string session (it is a secret: anyone
// holding it is logged in), an optional format, and what detection makes of
// the text as it is typed: one verdict line first (the format and layout it
// was read as, or the CLI's diagnosis: "a Telethon string cut short: 149 of
// 263 characters"), then, collapsed, every other reading with the reason it
// was rejected. Nothing is added to the library until the user presses Open.
#pragma once

#include "model/decoded.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

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
    // The verdict line as shown: what the text was read as, or why it is none.
    QString verdict() const;
    // One line per other reading and why it lost, then what each library
    // would do with the text.
    QStringList otherReadings() const { return m_otherReadings; }
    // Shows or folds the other readings (folded when the dialog opens).
    void setDetailsShown(bool shown);
    bool canOpen() const;

    void accept() override;

private:
    void detect();

    QLineEdit *m_text;
    QComboBox *m_format;
    QLabel *m_detected;
    QPlainTextEdit *m_others;
    QToolButton *m_details;
    QPushButton *m_open = nullptr;
    QStringList m_otherReadings;
    std::optional<fero::DecodedSession> m_pending; // what Open would add
    std::optional<fero::DecodedSession> m_result;
    QString m_resultText; // what the accepted text was detected as
};

} // namespace fero::gui

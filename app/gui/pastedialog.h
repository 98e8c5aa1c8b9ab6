// "Paste String Session": a masked box for a string session (it is a secret:
// anyone holding it is logged in), an optional format, and the reader's error
// shown in place when the text does not decode.
#pragma once

#include "decoded.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace feroscope {

class PasteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteDialog)

public:
    explicit PasteDialog(QWidget *parent = nullptr);
    ~PasteDialog() override;

    // The decoded session after the dialog was accepted.
    std::optional<fero::DecodedSession> takeResult() { return std::exchange(m_result, std::nullopt); }
    QLineEdit *textBox() const { return m_text; }

    void accept() override;

private:
    QLineEdit *m_text;
    QComboBox *m_format;
    QLabel *m_error;
    std::optional<fero::DecodedSession> m_result;
};

} // namespace feroscope

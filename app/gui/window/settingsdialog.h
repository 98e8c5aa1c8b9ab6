// Settings: language, clipboard timeout, and the ferogram release the user
// runs (for the library's "too new" flag). Reads and writes AppSettings.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace fero::gui {

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *clipboardBox() const { return m_clipboard; }
    QComboBox *releaseBox() const { return m_release; }

private:
    QComboBox *m_language;
    QSpinBox *m_clipboard;
    QComboBox *m_release;
};

} // namespace fero::gui

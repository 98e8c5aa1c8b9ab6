// Help ▸ About Feroscope: what the program is, its version, its licence, the
// versions of Qt, OpenSSL and SQLite it runs with, and a button that copies
// all of that for a bug report.
#pragma once

#include <QDialog>

namespace fero::gui {

class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace fero::gui

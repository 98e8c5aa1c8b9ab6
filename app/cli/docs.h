// feroscope-cli's man page and shell completions, generated from the command
// table (commands.h) and the format traits at build time, so they list every
// command, option and FORMAT id the program accepts. English only: man pages
// and completion descriptions are not translated.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace fero::cli {

// feroscope-cli(1) in roff (man(7) macros).
QString manPage();
// The completion script for "bash", "zsh" or "fish"; nullopt for another shell.
std::optional<QString> completionScript(QStringView shell);

} // namespace fero::cli

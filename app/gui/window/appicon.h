// Feroscope's own icon for the window and the application.
#pragma once

#include <QIcon>

namespace fero::gui {

// PNG sizes (48, 128, 256) rendered from resources/icons/feroscope.svg, plus
// the SVG itself when Qt's SVG image plugin is installed. The plugin is
// optional (a bare system lacks it) and without it an SVG-only icon is blank.
QIcon appIcon();

} // namespace fero::gui

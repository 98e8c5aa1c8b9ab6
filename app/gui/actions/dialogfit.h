// Keeps a dialog with word-wrapped texts from painting over itself.
//
// A word-wrapped QLabel makes its layout height-for-width, and Qt 6.4's
// QLayout::activate() then gives the top-level window no minimum size at all
// (it zeroes the minimum once the wrapped height exceeds the plain minimum),
// so the window manager may shrink the dialog until its widgets overlap.
// keepWrappedTextWhole() sets the real minimum instead: at least
// `minimumWidth` wide (or the layout's own minimum width, when larger) and as
// tall as the wrapped texts need at that width, recomputed whenever the
// layout changes (a text set, a row shown or hidden).
#pragma once

class QWidget;

namespace fero::gui {

void keepWrappedTextWhole(QWidget *window, int minimumWidth);

} // namespace fero::gui

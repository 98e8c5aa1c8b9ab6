// What "a window paints over itself" means, measured on live widgets: two
// visible siblings that intersect, a visible child that leaves its parent's
// contentsRect(), a widget squeezed below its minimumSizeHint(), or a
// word-wrapped label shorter than its text needs at its width. Plus the
// pinned look the measurements assume (Fusion, DejaVu Sans), and switching
// the translations between rows of one test.
#pragma once

#include "i18n.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QLayout>
#include <QStyleFactory>
#include <QTabBar>
#include <QTranslator>
#include <QWidget>

namespace fero::gui::test {

// Results must not depend on the machine's desktop style or fonts.
inline void pinLook()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
}

// Replaces every installed translator by the ones the app installs for `language`.
inline void switchLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    fero::installTranslations(language);
}

inline QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u'#' + w->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    return text;
}

inline QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// One line per fault below `parent` (recursively); empty when none.
inline QStringList layoutFaults(const QWidget *parent)
{
    QStringList faults;
    QList<const QWidget *> shown;
    for (const QObject *object : parent->children()) {
        const auto *child = qobject_cast<const QWidget *>(object);
        if (child && !child->isWindow() && child->isVisibleTo(parent) && child->width() > 0 && child->height() > 0)
            shown << child;
    }
    // The content of a scroll area may be larger than its viewport: that is what scrolling is for.
    const auto *scroll = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
    const bool scrolledContent = scroll && scroll->viewport() == parent;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QWidget *a = shown[i];
        if (!scrolledContent && !parent->contentsRect().contains(a->geometry()))
            faults << QStringLiteral("%1 (%2) leaves %3 (contents %4)")
                          .arg(describe(a), rectText(a->geometry()), describe(parent),
                               rectText(parent->contentsRect()));
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            if (a->geometry().intersects(shown[j]->geometry()))
                faults << QStringLiteral("%1 (%2) overlaps %3 (%4)")
                              .arg(describe(a), rectText(a->geometry()), describe(shown[j]),
                                   rectText(shown[j]->geometry()));
        }
        // Squeezed below what it needs: its text or frame is cut.
        if (parent->layout() && parent->layout()->indexOf(a) >= 0) {
            // As layouts read it (qSmartMinSize): an explicit minimum replaces the hint.
            const QSize hint = a->minimumSizeHint();
            const QSize need(a->minimumWidth() > 0 ? a->minimumWidth() : hint.width(),
                             a->minimumHeight() > 0 ? a->minimumHeight() : hint.height());
            if (need.isValid() && (a->width() < need.width() || a->height() < need.height())
                && a->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
                faults << QStringLiteral("%1 is %2x%3, needs %4x%5")
                              .arg(describe(a))
                              .arg(a->width())
                              .arg(a->height())
                              .arg(need.width())
                              .arg(need.height());
            const auto *label = qobject_cast<const QLabel *>(a);
            if (label && label->wordWrap() && !label->text().isEmpty()
                && a->height() < label->heightForWidth(a->width()))
                faults << QStringLiteral("%1 is %2 high at width %3; its text needs %4")
                              .arg(describe(a))
                              .arg(a->height())
                              .arg(a->width())
                              .arg(label->heightForWidth(a->width()));
        }
        // A tab bar places its own scroll arrows (overlapping by a pixel in
        // Fusion): Qt's private widgets, not our layout.
        if (!qobject_cast<const QTabBar *>(a))
            faults << layoutFaults(a);
    }
    return faults;
}

// Shows `window` at the smallest size it accepts (what the window manager
// may shrink it to) and lays it out.
inline void showAtMinimum(QWidget *window)
{
    window->show();
    QCoreApplication::processEvents();
    window->resize(1, 1); // clamped to minimumSize()
    QCoreApplication::processEvents();
    if (QLayout *layout = window->layout())
        layout->activate();
    QCoreApplication::processEvents();
}

} // namespace fero::gui::test

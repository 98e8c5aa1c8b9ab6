#include "library/libraryflags.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace fero::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LibraryFlags)
};

// Drawn on a 16 x 16 grid and scaled: crisp at 16 px and on HiDPI screens.
void paintShape(QPainter &p, LibraryFlag flag)
{
    p.setRenderHint(QPainter::Antialiasing);
    switch (flag) {
    case LibraryFlag::OthersReadable: {
        // An open padlock (orange): the file is open to other users.
        const QColor c(0xd0, 0x62, 0x00);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(2, 7.5, 10, 7.5), 1.5, 1.5);
        QPainterPath shackle;
        shackle.moveTo(9.5, 7.5);
        shackle.lineTo(9.5, 4.5);
        shackle.arcTo(QRectF(9.5, 1, 5, 7), 180, -180); // lifted off the body on the right
        p.setPen(QPen(c, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shackle);
        break;
    }
    case LibraryFlag::InUse: {
        // A clock (blue): another program has the database open right now.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1d, 0x64, 0xc8));
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 8), QPointF(8, 3.8));
        p.drawLine(QPointF(8, 8), QPointF(11.2, 9.8));
        break;
    }
    case LibraryFlag::TooNew: {
        // An up arrow (red): newer than the chosen ferogram release reads.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setBrush(Qt::white);
        const QPointF head[] = {{8, 3}, {12.2, 8}, {3.8, 8}};
        p.drawPolygon(head, 3);
        p.drawRect(QRectF(6.6, 7.5, 2.8, 5));
        break;
    }
    case LibraryFlag::DuplicateKey: {
        // A key (purple): the same auth key is in another session too.
        const QColor c(0x7b, 0x1f, 0xa2);
        p.setPen(QPen(c, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(1.6, 4.6, 6, 6));
        p.setPen(QPen(c, 2.2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(7.6, 7.6), QPointF(15, 7.6));
        p.drawLine(QPointF(13.6, 7.6), QPointF(13.6, 11.5));
        p.drawLine(QPointF(10.9, 7.6), QPointF(10.9, 10.5));
        break;
    }
    }
}

QIcon makeIcon(LibraryFlag flag)
{
    QIcon icon;
    for (int px : {16, 32}) {
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.scale(px / 16.0, px / 16.0);
        paintShape(painter, flag);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QList<LibraryFlag> flagsOf(const LibraryEntry &e)
{
    QList<LibraryFlag> flags;
    if (e.othersCanRead)
        flags << LibraryFlag::OthersReadable;
    if (e.inUse)
        flags << LibraryFlag::InUse;
    if (e.tooNew)
        flags << LibraryFlag::TooNew;
    if (!e.sameKeyAs.isEmpty())
        flags << LibraryFlag::DuplicateKey;
    return flags;
}

QIcon flagIcon(LibraryFlag flag)
{
    // Painted once per flag; QIcon is implicitly shared.
    static std::array<QIcon, std::size(AllLibraryFlags)> icons;
    QIcon &icon = icons[std::size_t(flag)];
    if (icon.isNull())
        icon = makeIcon(flag);
    return icon;
}

QString flagShortText(LibraryFlag flag, const QString &releaseLabel, int sameKeyCount)
{
    switch (flag) {
    case LibraryFlag::OthersReadable:
        return Tr::tr("readable by others");
    case LibraryFlag::InUse:
        return Tr::tr("in use");
    case LibraryFlag::TooNew:
        return Tr::tr("too new for %1").arg(releaseLabel);
    case LibraryFlag::DuplicateKey:
        return sameKeyCount > 0 ? Tr::tr("same key as %n other(s)", nullptr, sameKeyCount)
                                : Tr::tr("same key elsewhere");
    }
    return {};
}

QString flagToolTip(LibraryFlag flag, const LibraryEntry &e, const QString &releaseLabel)
{
    switch (flag) {
    case LibraryFlag::OthersReadable:
        return Tr::tr("Other users can read this session (mode %1): anyone who reads it can use the account. Use "
                      "File ▸ Restrict Permissions.")
            .arg(e.mode.isEmpty() ? Tr::tr("unknown") : e.mode);
    case LibraryFlag::InUse:
        return Tr::tr("Another program has this database open (a -wal or -journal file exists); what you see is a "
                      "snapshot.");
    case LibraryFlag::TooNew:
        return Tr::tr("ferogram %1 cannot open this version: it would rename the file to .bak and start logged "
                      "out. Export it as an older version.")
            .arg(releaseLabel);
    case LibraryFlag::DuplicateKey:
        return Tr::tr("The same auth key is in: %1. Two clients using one key log each other out.")
            .arg(e.sameKeyAs.join(QStringLiteral(", ")));
    }
    return {};
}

QString flagsLegendToolTip(const QString &releaseLabel)
{
    return Tr::tr("Icons after a name flag a risk:\n"
                  "• open padlock: other users can read the session\n"
                  "• clock: another program has the database open (in use)\n"
                  "• up arrow: too new for ferogram %1 (the release chosen in Settings)\n"
                  "• key: the same auth key is in another session\n"
                  "Point at an icon for details.")
        .arg(releaseLabel);
}

} // namespace fero::gui

#include "library/flaglegend.h"

#include "library/libraryflags.h"
#include "library/librarymodel.h"

#include <QGridLayout>
#include <QLabel>

#include <vector>

namespace fero::gui {

FlagLegend::FlagLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flagLegend"));
    // Two flags to a row: four in one line made the library (and so the
    // window) wider than a laptop screen in German and Russian; the words
    // wrap when the library is narrower still.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    constexpr int PerRow = 2;
    int i = 0;
    for (LibraryFlag flag : AllLibraryFlags) {
        auto *icon = new QLabel(this);
        icon->setPixmap(flagIcon(flag).pixmap(16, 16));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("flagLegendText%1").arg(int(flag)));
        text->setWordWrap(true);
        m_texts[int(flag)] = text;
        layout->addWidget(icon, i / PerRow, (i % PerRow) * 2, Qt::AlignTop);
        layout->addWidget(text, i / PerRow, (i % PerRow) * 2 + 1);
        layout->setColumnStretch((i % PerRow) * 2 + 1, 1);
        ++i;
    }
    hide();
}

void FlagLegend::refresh(const LibraryModel &model, const QString &releaseLabel)
{
    bool present[std::size(AllLibraryFlags)] = {};
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            if (const LibraryEntry *e = model.entry(child)) {
                for (LibraryFlag flag : flagsOf(*e))
                    present[int(flag)] = true;
            } else {
                stack.push_back(child);
            }
        }
    }
    m_any = false;
    for (LibraryFlag flag : AllLibraryFlags) {
        QLabel *text = m_texts[int(flag)];
        text->setText(flagShortText(flag, releaseLabel, 0));
        // Flags no row has stay in the key, dimmed: the key reads the same every time.
        text->setEnabled(present[int(flag)]);
        m_any = m_any || present[int(flag)];
    }
    setToolTip(flagsLegendToolTip(releaseLabel));
    setVisible(m_any);
}

} // namespace fero::gui

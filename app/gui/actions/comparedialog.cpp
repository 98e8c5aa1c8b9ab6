#include "actions/comparedialog.h"

#include "actions/dialogfit.h"
#include "actions/diffmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fero::gui {
namespace {

constexpr std::array kSections{DiffSection::Counters, DiffSection::Dcs, DiffSection::Peers, DiffSection::MinPeers,
                               DiffSection::ChannelPts};

QString sectionTitle(DiffSection section)
{
    switch (section) {
    case DiffSection::Counters:
        return CompareDialog::tr("Counters");
    case DiffSection::Dcs:
        return CompareDialog::tr("DC Table");
    case DiffSection::Peers:
        return CompareDialog::tr("Peers");
    case DiffSection::MinPeers:
        return CompareDialog::tr("Min Peers");
    case DiffSection::ChannelPts:
        return CompareDialog::tr("Channel pts");
    }
    return {};
}

} // namespace

CompareDialog::CompareDialog(const QString &nameA, const Session &a, const QString &nameB, const Session &b,
                             QWidget *parent)
    : QDialog(parent)
    , m_diff(std::make_shared<const SessionDiff>(diffSessions(a, b)))
{
    setObjectName(QStringLiteral("CompareDialog"));
    setWindowTitle(tr("Compare Sessions"));
    auto *layout = new QVBoxLayout(this);

    auto *heading =
        new QLabel(tr("<b>A</b>: %1<br><b>B</b>: %2").arg(nameA.toHtmlEscaped(), nameB.toHtmlEscaped()), this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    m_showUnchanged = new QCheckBox(tr("Show &unchanged rows"), this);
    m_showUnchanged->setObjectName(QStringLiteral("showUnchanged"));
    layout->addWidget(m_showUnchanged);

    m_tabs = new QTabWidget(this);
    QStringList parts;
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        const DiffSection section = kSections[i];
        m_models[i] = new DiffModel(section, this);
        m_models[i]->setDiff(m_diff);
        m_proxies[i] = new DiffFilterProxy(this);
        m_proxies[i]->setSourceModel(m_models[i]);
        m_proxies[i]->setSortRole(Qt::DisplayRole);

        auto *view = new QTableView(this);
        view->setObjectName(QStringLiteral("diffView%1").arg(i));
        view->setModel(m_proxies[i]);
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        // Each column as wide as what it holds: a stretched last column
        // pushed B's values away from A's, where the eye compares them.
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(false);

        // The token row is part of Counters (DiffModel's last row): count it
        // the same way in the tab title and in the summary line.
        DiffCounts c = m_diff->counts(section);
        if (section == DiffSection::Counters) {
            if (m_diff->token == DiffChange::Added)
                ++c.added;
            else if (m_diff->token == DiffChange::Removed)
                ++c.removed;
            else if (m_diff->token == DiffChange::Changed)
                ++c.changed;
        }
        const std::size_t differences = c.added + c.removed + c.changed;
        m_tabs->addTab(view,
                       differences ? tr("%1 (%2)").arg(sectionTitle(section)).arg(differences) : sectionTitle(section));
        // Only what differs, in words: "Peers: 37 removed".
        QStringList counts;
        if (c.added)
            counts << tr("%n added", nullptr, int(c.added));
        if (c.removed)
            counts << tr("%n removed", nullptr, int(c.removed));
        if (c.changed)
            counts << tr("%n changed", nullptr, int(c.changed));
        if (!counts.isEmpty())
            parts << tr("%1: %2").arg(sectionTitle(section), counts.join(QStringLiteral(", ")));
    }
    summary->setText(m_diff->identical() ? tr("The two sessions are identical.") : parts.join(QStringLiteral("; ")));
    layout->addWidget(m_tabs, 1);

    // Open on the first section that differs.
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        if (m_diff->counts(kSections[i]).differs()) {
            m_tabs->setCurrentIndex(int(i));
            break;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &CompareDialog::setShowUnchanged);
    keepWrappedTextWhole(this, 420);
    resize(900, 600);
}

CompareDialog::~CompareDialog() = default;

DiffModel *CompareDialog::model(DiffSection section) const
{
    return m_models[std::size_t(section)];
}

DiffFilterProxy *CompareDialog::proxy(DiffSection section) const
{
    return m_proxies[std::size_t(section)];
}

void CompareDialog::setShowUnchanged(bool show)
{
    if (m_showUnchanged->isChecked() != show)
        m_showUnchanged->setChecked(show); // re-enters through toggled
    for (DiffFilterProxy *proxy : m_proxies)
        proxy->setShowUnchanged(show);
}

} // namespace fero::gui

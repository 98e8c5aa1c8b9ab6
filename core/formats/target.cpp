#include "formats/target.h"

#include <algorithm>

namespace fero {

void ConvertTarget::applyOverrides(AccountInfo &account) const
{
    if (userId)
        account.userId = userId;
    if (apiId)
        account.apiId = apiId;
    if (testMode)
        account.testMode = testMode;
}

bool LossReport::has(LossKind kind) const
{
    return std::any_of(items.begin(), items.end(), [kind](const LossItem &i) { return i.kind == kind; });
}

void LossReport::add(LossKind kind, std::size_t count, QString text)
{
    losses << text;
    items.push_back({kind, count, std::move(text)});
}

} // namespace fero

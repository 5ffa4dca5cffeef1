#pragma once

#include "toolcommands.h"

namespace tongban::tool {

// `tongban-content search QUERY [--json]`: the ranked results exactly as the kiosk shows them
// (kind, id, title, which form matched), so staff can see what residents will find.
int search(const Context &c);

} // namespace tongban::tool

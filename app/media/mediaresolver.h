#pragma once

#include <QString>

namespace tongban {

class ContentStore;
struct AttractEntry;

// The seam between the content's media and the players, which want a file on disk: media are
// stored as files in the content version's own folder (ContentStore::mediaDir), their hashes
// checked at import and after an unclean stop, so a player streams from disk and nothing is
// held in memory.
class MediaResolver
{
public:
    // The entry's file; empty (and `error` set) when it is not there.
    static QString path(const ContentStore &store, const AttractEntry &entry, QString *error = nullptr);
};

} // namespace tongban

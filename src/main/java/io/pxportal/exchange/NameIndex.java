package io.pxportal.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ids of records by a name, matched as imports match names (trimmed, case aside), read with one query for a whole
 * import: a look-up per row was a case-insensitive scan of the table per row, which no index serves.
 */
public final class NameIndex {

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    /** From [id, name] rows; the first of two names that compare equal wins, as a single-row look-up finds one. */
    public NameIndex(List<Object[]> idsAndNames) {
        for (Object[] row : idsAndNames) {
            Long id = ((Number) row[0]).longValue();
            if (ids.putIfAbsent(key((String) row[1]), id) == null) {
                names.put(id, (String) row[1]);
            }
        }
    }

    /** How a name is compared. */
    public static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    public Optional<Long> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(ids.get(key(name)));
    }

    /** The stored spelling of the name with this id. */
    public String name(Long id) {
        return names.get(id);
    }
}

package fr.borne.store;

import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings overrides as key/value rows per establishment, round or detainee, read back as
 * the layered settings the rules use. The table is filled by the sync agent from central.
 */
public final class SettingsOverrideRepository {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsOverrideRepository.class);

    private record Row(SettingsScope scope, String scopeId, String key, String value) {
    }

    private final Connection connection;

    public SettingsOverrideRepository(Connection connection) {
        this.connection = connection;
    }

    /** Replaces every value set for that scope and id. */
    public void save(SettingsScope scope, String scopeId, SettingsOverride override) throws SQLException {
        Sql.update(connection, "DELETE FROM settings_override WHERE scope = ? AND scope_id = ?", scope, scopeId);
        Sql.batch(connection, "INSERT INTO settings_override (scope, scope_id, key, value) VALUES (?, ?, ?, ?)",
                override.toMap().entrySet(), e -> new Object[] {scope, scopeId, e.getKey(), e.getValue()});
    }

    /**
     * National defaults under every stored override. A value that does not parse is left
     * out and reported: one typo must not stop every booking at the kiosk.
     */
    public LayeredSettings load() throws SQLException {
        List<Row> rows = Sql.list(connection, "SELECT * FROM settings_override ORDER BY scope, scope_id, key",
                row -> new Row(Sql.enumValue(row, "scope", SettingsScope.class), row.getString("scope_id"),
                        row.getString("key"), row.getString("value")));
        if (rows.isEmpty()) {
            return LayeredSettings.nationalOnly();
        }
        Map<SettingsScope, Map<String, Map<String, String>>> grouped = new EnumMap<>(SettingsScope.class);
        for (Row row : rows) {
            if (readable(row)) {
                grouped.computeIfAbsent(row.scope(), s -> new HashMap<>())
                        .computeIfAbsent(row.scopeId(), id -> new LinkedHashMap<>())
                        .put(row.key(), row.value());
            }
        }
        return new LayeredSettings(BookingSettings.NATIONAL,
                layer(grouped, SettingsScope.ESTABLISHMENT), layer(grouped, SettingsScope.ROUND),
                layer(grouped, SettingsScope.DETAINEE));
    }

    private static boolean readable(Row row) {
        try {
            SettingsOverride.fromMap(Map.of(row.key(), row.value()));
            return true;
        } catch (IllegalArgumentException e) {
            LOG.error("ignoring booking setting of {} {}: {}", row.scope(), row.scopeId(), e.getMessage());
            return false;
        }
    }

    private static Map<String, SettingsOverride> layer(Map<SettingsScope, Map<String, Map<String, String>>> grouped,
                                                       SettingsScope scope) {
        Map<String, SettingsOverride> layer = new HashMap<>();
        grouped.getOrDefault(scope, Map.of()).forEach((id, values) -> layer.put(id, SettingsOverride.fromMap(values)));
        return layer;
    }
}

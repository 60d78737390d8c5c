package fr.borne.technician;

import java.util.List;
import java.util.Map;

/**
 * What the caller knows that the database does not.
 *
 * @param versions software versions, e.g. {@code kiosk-app -> 0.1.0}
 * @param devices  each device's status word, e.g. {@code printer -> PAPER_NEAR_END}
 * @param logs     recent logs to include (scrubbed on the way in)
 */
public record DiagnosticsRequest(Map<String, String> versions, Map<String, String> devices, List<LogSource> logs) {

    public DiagnosticsRequest {
        versions = Map.copyOf(versions);
        devices = Map.copyOf(devices);
        logs = List.copyOf(logs);
    }
}

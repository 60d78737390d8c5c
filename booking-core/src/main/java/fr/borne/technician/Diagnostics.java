package fr.borne.technician;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.borne.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a diagnostics bundle: a zip a technician can send to support, holding
 * {@code summary.json} (versions, database integrity, schema version, row counts per table,
 * outbox depth, sync state, device status, out-of-service state, recent technician actions)
 * and {@code logs/} (recent lines of Borne's own logs). It holds no rows of personal data,
 * and every text in it goes through a {@link LogScrubber} that knows the replica's names,
 * badges and écrou numbers.
 */
public final class Diagnostics {

    private static final Logger LOG = LoggerFactory.getLogger(Diagnostics.class);
    static final int MAX_LOG_BYTES = 1024 * 1024;
    private static final int RECENT_ACTIONS = 50;

    private final Database database;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Diagnostics(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public FileResult write(Path target, DiagnosticsRequest request, String technicianId) {
        var problem = PrivateFiles.problemWith(target);
        if (problem.isPresent()) {
            return new FileResult.Failed(problem.get());
        }
        Path part = null;
        try {
            LogScrubber scrubber = PersonalDataIndex.scrubberFor(database);
            part = PrivateFiles.temporaryBeside(target);
            List<String> entries;
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                entries = fill(zip, request, scrubber);
            }
            PrivateFiles.moveInto(part, target);
            long bytes = Files.size(target);
            new AuditLog(database, clock).record(technicianId, TechnicianAction.DIAGNOSTICS,
                    "diagnostics bundle written: " + entries.size() + " entries, " + bytes + " bytes");
            return new FileResult.Written(target, bytes, entries.size() + " entries: " + String.join(", ", entries));
        } catch (IOException | RuntimeException e) {
            LOG.warn("diagnostics bundle failed: {}", e.toString());
            if (part != null) {
                PrivateFiles.deleteQuietly(part);
            }
            return new FileResult.Failed("The diagnostics bundle could not be written: " + e.getMessage());
        }
    }

    private List<String> fill(ZipOutputStream zip, DiagnosticsRequest request, LogScrubber scrubber)
            throws IOException {
        List<String> entries = new ArrayList<>();
        Map<String, String> logNotes = new LinkedHashMap<>();
        Set<String> logNames = new HashSet<>();
        List<Map.Entry<String, String>> logs = new ArrayList<>();
        for (LogSource source : request.logs()) {
            String name = unique(source.name(), logNames);
            try {
                logs.add(Map.entry(name, source.read(MAX_LOG_BYTES)));
                logNotes.put(name, "included");
            } catch (IOException e) {
                logNotes.put(name, "unreadable: " + e.getMessage());
            }
        }
        put(zip, "summary.json", scrubber.scrub(summary(request, logNotes)), entries);
        for (Map.Entry<String, String> log : logs) {
            put(zip, "logs/" + log.getKey(), scrubber.scrub(log.getValue()), entries);
        }
        return entries;
    }

    private String summary(DiagnosticsRequest request, Map<String, String> logNotes) throws JsonProcessingException {
        StoreHealth health = new StoreHealth(database);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("generatedAt", clock.instant().toString());
        Map<String, String> versions = new TreeMap<>(request.versions());
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        versions.put("sqlite", health.sqliteVersion());
        versions.put("schema", health.schemaVersion().orElse("none"));
        summary.put("versions", versions);
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("integrityCheck", health.integrityCheck());
        store.put("outboxDepth", health.outboxDepth());
        store.put("rowCounts", health.tableCounts());
        summary.put("database", store);
        SyncSnapshot sync = health.sync();
        Map<String, Object> syncSummary = new LinkedHashMap<>();
        syncSummary.put("lastCaughtUp", sync.lastCaughtUp().map(Instant::toString).orElse("never"));
        syncSummary.put("status", sync.status());
        syncSummary.put("refusals", sync.refusals());
        syncSummary.put("openSyncNowRequests", sync.openRequests());
        summary.put("sync", syncSummary);
        summary.put("devices", new TreeMap<>(request.devices()));
        ServiceState state = new KioskState(database, clock).current();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("outOfService", state.outOfService());
        service.put("reason", state.reason().orElse(""));
        service.put("since", state.since().map(Instant::toString).orElse(""));
        summary.put("service", service);
        List<Map<String, String>> actions = new ArrayList<>();
        for (AuditEntry entry : new AuditLog(database, clock).recent(RECENT_ACTIONS)) {
            actions.add(Map.of("at", entry.at().toString(), "technician", entry.technicianId(),
                    "action", entry.action().name(), "detail", entry.detail()));
        }
        summary.put("recentTechnicianActions", actions);
        summary.put("logs", logNotes);
        return json.writeValueAsString(summary);
    }

    private static String unique(String name, Set<String> taken) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String candidate = safe;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = safe + "-" + i;
        }
        return candidate;
    }

    private static void put(ZipOutputStream zip, String name, String text, List<String> entries) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        entries.add(name);
    }
}

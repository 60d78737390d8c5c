package fr.borne.agent;

import fr.borne.agent.client.ClientSettings;

import java.nio.file.Path;

/** Everything the agent needs to be built: where the replica is, how to reach central, who it is. */
public record AgentConfig(Path database, ClientSettings client, String kioskId, String establishmentId,
                          int allotmentSeats, int pageSize, SyncAgent.Periods periods) {
}

package fr.borne.sync;

/**
 * What the sync agent had to set aside so that sync goes on: feed changes the replica could
 * not apply ({@code parkedChanges}), outbox rows central refused as calls
 * ({@code parkedOutbox}), and rows central keeps failing on with server errors
 * ({@code stuckOutbox}), with the latest reason (ids only, never a name). In the heartbeat
 * (central's fleet page) and the local API's status.
 */
public record SyncTrouble(int parkedChanges, int parkedOutbox, int stuckOutbox, String lastReason) {

    public static final SyncTrouble NONE = new SyncTrouble(0, 0, 0, null);

    public boolean any() {
        return parkedChanges > 0 || parkedOutbox > 0 || stuckOutbox > 0;
    }
}

package fr.borne.sync;

import java.util.List;

/**
 * One page of {@code GET /v1/changes?cursor=…}: changes after the cursor, oldest first,
 * and the cursor to ask from next. {@code more} is true while further pages wait.
 */
public record ChangePage(List<Change> changes, String nextCursor, boolean more) {

    public ChangePage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}

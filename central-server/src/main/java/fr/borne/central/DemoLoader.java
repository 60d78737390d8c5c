package fr.borne.central;

import fr.borne.central.feed.FeedSnapshot;
import fr.borne.demo.DemoData;
import fr.borne.store.Sql;

/** Loads the demo establishments into a fresh central database and puts them in the feed. */
public final class DemoLoader {

    private DemoLoader() {
    }

    /** Does nothing on a database that already has data: a restarted demo keeps its bookings. */
    public static void load(CentralServices services) {
        boolean fresh = services.database().read(c -> Sql.count(c, "SELECT count(*) FROM establishment") == 0);
        if (!fresh) {
            return;
        }
        DemoData.load(services.database(), services.clock());
        services.database().write(c -> {
            FeedSnapshot.publishAll(c);
            return null;
        });
    }
}

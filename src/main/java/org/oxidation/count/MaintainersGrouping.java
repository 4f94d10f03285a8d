package org.oxidation.count;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oxidation.model.Snapshot;

/**
 * {@code --group maintainers}: files grouped by the MAINTAINERS section that owns them, read from each
 * snapshot's own MAINTAINERS file (it changes over time). A tag without one falls back to the kernel
 * grouping. Parsed files are cached by their text's identity and content. Thread-safe.
 */
public final class MaintainersGrouping implements Grouping {

    public static final MaintainersGrouping INSTANCE = new MaintainersGrouping();

    private final Map<String, Maintainers> parsed = new ConcurrentHashMap<>();

    private MaintainersGrouping() {
    }

    @Override
    public String subsystemOf(String path) {
        throw new IllegalStateException("maintainers grouping needs a snapshot: use forSnapshot");
    }

    @Override
    public String id() {
        return "maintainers";
    }

    @Override
    public Grouping forSnapshot(Snapshot snapshot) {
        String text = snapshot.maintainers();
        if (text == null || snapshot.root() == null) {
            return KERNEL;
        }
        Maintainers maintainers = parsed.computeIfAbsent(text,
                t -> Maintainers.parse(t, path -> snapshot.root().find(path).isPresent()));
        return new Grouping() {
            @Override
            public String subsystemOf(String path) {
                return maintainers.sectionOf(path);
            }

            @Override
            public String id() {
                return "maintainers";
            }
        };
    }
}

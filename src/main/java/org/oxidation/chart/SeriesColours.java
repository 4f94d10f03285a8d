package org.oxidation.chart;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Snapshot;

/**
 * The series colour of each subsystem, a pure function of the data's subsystem names (never of a
 * setting), so that a subsystem keeps its colour whatever the settings (Measure, origin rules, what is
 * left out, the rank it takes), has the same colour in the timeline and the Rust share, and an export
 * (which knows only the state) draws the window's colours without carrying a colour book.
 *
 * <p>Each name hashes to a preferred place in the {@link Hue#SERIES_COLOURS}-colour palette. Names that
 * hash alike must not share a colour: the subsystems with Rust at any tag, with nothing left out (the
 * {@link #universe}), take places first, in alphabetical order, each the first free place from its own
 * onwards (open addressing); then the other names drawn (the C modes' subsystems without Rust) take the
 * places left. The universe depends on the data and the grouping only, so no setting moves a colour.
 * When it has more names than the palette has colours (thousands of MAINTAINERS sections), only the
 * names drawn together are shared out, and a subsystem may then change colour when a name hashing to its
 * place comes into or leaves the chart. Stateless and thread-safe.
 */
public final class SeriesColours {

    private static final String RUST = "Rust";

    private SeriesColours() {
    }

    /** Where a name prefers to sit in the palette: a well-mixed hash of its characters (stable across runs). */
    public static int preferred(String name) {
        int h = name.hashCode(); // specified by the language: the same in every run and on every machine
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, Hue.SERIES_COLOURS);
    }

    /** The subsystems with Rust at any tag of the state's data, with nothing left out: the colours' owners. */
    public static Set<String> universe(ViewState state) {
        Set<String> names = new TreeSet<>();
        for (Snapshot snapshot : state.timeline().snapshots()) {
            Breakdown breakdown = Breakdowns.of(snapshot, state.grouping(), Set.of());
            breakdown.subsystems().stream().filter(s -> breakdown.row(s, RUST).counts().lines() > 0).forEach(names::add);
        }
        return names;
    }

    /** The colours of names drawn together when they own their colours alone (no universe). */
    public static Map<String, Hue> among(Collection<String> drawn) {
        return among(drawn, Set.of());
    }

    /**
     * The colours of the names drawn, placed after the universe's names: distinct while there are no
     * more names than colours (after that, a name takes its preferred colour).
     */
    public static Map<String, Hue> among(Collection<String> drawn, Collection<String> universe) {
        boolean[] taken = new boolean[Hue.SERIES_COLOURS];
        Map<String, Hue> hues = new HashMap<>();
        if (universe.size() <= Hue.SERIES_COLOURS) {
            new TreeSet<>(universe).forEach(name -> hues.put(name, place(name, taken)));
        }
        new TreeSet<>(drawn).stream().filter(name -> !hues.containsKey(name))
                .forEach(name -> hues.put(name, place(name, taken)));
        hues.keySet().retainAll(Set.copyOf(drawn));
        return hues;
    }

    private static Hue place(String name, boolean[] taken) {
        int place = preferred(name);
        for (int probe = 0; probe < taken.length; probe++) {
            int candidate = (place + probe) % taken.length;
            if (!taken[candidate]) {
                taken[candidate] = true;
                return Hue.series(candidate);
            }
        }
        return Hue.series(place);
    }
}

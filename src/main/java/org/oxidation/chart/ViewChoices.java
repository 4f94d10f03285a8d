package org.oxidation.chart;

import java.util.List;
import org.oxidation.chart.compare.Colouring;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.timeline.TimelineChoices;

/**
 * The choices each view offers in its own controls, kept in the {@link ViewState} so that an export,
 * and the command line that Copy as command gives, draw exactly what the window shows. Immutable.
 *
 * @param timeline    the Timeline's mode and hidden series
 * @param share       the Rust share's scale, ticked subsystems and hidden lines
 * @param treemapPath the keys the treemap is drilled into, outermost first (empty: the top level)
 * @param colouring   what colours the Compare view's tiles
 * @param placement   how the Timeline and the Rust share place samples along x: by tag or by date
 * @param growth      whether the Timeline and the Rust share draw the fitted doubling time of Rust lines
 */
public record ViewChoices(TimelineChoices timeline, ShareChoices share, List<String> treemapPath,
                          Colouring colouring, Placement placement, boolean growth) {

    public static final ViewChoices DEFAULT = new ViewChoices(TimelineChoices.DEFAULT, ShareChoices.DEFAULT, List.of(),
            Colouring.RUST_CHANGE, Placement.AUTO, false);

    public ViewChoices {
        java.util.Objects.requireNonNull(timeline);
        java.util.Objects.requireNonNull(share);
        treemapPath = List.copyOf(treemapPath);
        java.util.Objects.requireNonNull(colouring);
        java.util.Objects.requireNonNull(placement);
    }

    public ViewChoices withTimeline(TimelineChoices choices) {
        return new ViewChoices(choices, share, treemapPath, colouring, placement, growth);
    }

    public ViewChoices withShare(ShareChoices choices) {
        return new ViewChoices(timeline, choices, treemapPath, colouring, placement, growth);
    }

    public ViewChoices withTreemapPath(List<String> path) {
        return new ViewChoices(timeline, share, path, colouring, placement, growth);
    }

    public ViewChoices withColouring(Colouring newColouring) {
        return new ViewChoices(timeline, share, treemapPath, newColouring, placement, growth);
    }

    public ViewChoices withPlacement(Placement newPlacement) {
        return new ViewChoices(timeline, share, treemapPath, colouring, newPlacement, growth);
    }

    public ViewChoices withGrowth(boolean shown) {
        return new ViewChoices(timeline, share, treemapPath, colouring, placement, shown);
    }
}

package org.oxidation.ui.common;

import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.oxidation.layout.Rect;

/**
 * One tile as a {@link TileMap} draws it and answers the mouse over it. Immutable (its tooltip and click
 * are run on the FX thread).
 *
 * @param path        the subsystem, directory or file it stands for
 * @param rect        where it is, in the map's coordinates
 * @param fill        its colour
 * @param hatched     whether the vendored/generated hatching lies over the fill
 * @param label       the label drawn at its top-left, as much as fits ("" for none; lines split by '\n')
 * @param header      the label strip of a parent tile, or null
 * @param headerLabel the bold name drawn in the header ("" for none)
 * @param tooltip     the text shown when the mouse rests on it, asked for then
 * @param onClick     what a click on it does, or null for nothing
 */
public record MapTile(String path, Rect rect, Color fill, boolean hatched, String label, Rect header,
                      String headerLabel, Supplier<String> tooltip, Runnable onClick) {

    /** Whether the point (in the map's coordinates) is on the tile, its edges included. */
    public boolean contains(double x, double y) {
        return x >= rect.x() && y >= rect.y() && x <= rect.x() + rect.width() && y <= rect.y() + rect.height();
    }
}

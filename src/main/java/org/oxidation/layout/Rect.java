package org.oxidation.layout;

/**
 * An axis-aligned rectangle in screen-like coordinates: {@code (x, y)} is the top-left corner,
 * y grows downwards. Width and height are never negative. Immutable and thread-safe.
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("non-finite rect " + x + ", " + y + ", " + width + ", " + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + " x " + height);
        }
    }

    /** A zero-size rectangle at a point, used for items that get no space. */
    public static Rect emptyAt(double x, double y) {
        return new Rect(x, y, 0, 0);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double area() {
        return width * height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** {@code max(w/h, h/w)}; 1 for a square, infinite for a degenerate (line) rectangle. */
    public double aspectRatio() {
        if (isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(width / height, height / width);
    }

    /** Whether {@code other} lies inside this rectangle, allowing each edge to stick out by {@code epsilon}. */
    public boolean contains(Rect other, double epsilon) {
        return other.x >= x - epsilon && other.y >= y - epsilon
                && other.maxX() <= maxX() + epsilon && other.maxY() <= maxY() + epsilon;
    }

    public boolean contains(double px, double py) {
        return px >= x && px < maxX() && py >= y && py < maxY();
    }

    /**
     * Whether the two rectangles overlap by more than {@code epsilon} in both directions. Tiles that only
     * share an edge do not intersect; the epsilon absorbs floating-point noise on shared edges.
     */
    public boolean intersects(Rect other, double epsilon) {
        return overlap(x, maxX(), other.x, other.maxX()) > epsilon
                && overlap(y, maxY(), other.y, other.maxY()) > epsilon;
    }

    /** Area of the intersection, 0 when disjoint. */
    public double intersectionArea(Rect other) {
        return Math.max(0, overlap(x, maxX(), other.x, other.maxX()))
                * Math.max(0, overlap(y, maxY(), other.y, other.maxY()));
    }

    /**
     * This rectangle shrunk by {@code left/top/right/bottom}; collapses to zero size (not negative) when the
     * insets do not fit, so callers can test {@link #isEmpty()} instead of guarding every subtraction.
     */
    public Rect inset(double left, double top, double right, double bottom) {
        double w = Math.max(0, width - left - right);
        double h = Math.max(0, height - top - bottom);
        return new Rect(x + Math.min(left, width), y + Math.min(top, height), w, h);
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }
}

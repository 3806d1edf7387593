package pseudolab.harness.data;

import pseudolab.harness.HarnessException;

/** How a row of pixels is laid out as an image: width x height x channels, row-major, channels last. */
public record ImageShape(int width, int height, int channels) {
    public ImageShape {
        if (width < 1 || height < 1 || channels < 1) {
            throw new HarnessException("image shape must be positive, got " + width + "x" + height + "x" + channels);
        }
    }

    /** Parses {@code WxHxC} (or {@code WxH}, one channel), e.g. {@code 28x28x1}. */
    public static ImageShape parse(String text) {
        String[] parts = text.trim().toLowerCase().split("x");
        if (parts.length < 2 || parts.length > 3) {
            throw new HarnessException("image shape '" + text + "' is not WxHxC (e.g. 28x28x1)");
        }
        try {
            return new ImageShape(
                    Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]),
                    parts.length == 3 ? Integer.parseInt(parts[2]) : 1);
        } catch (NumberFormatException e) {
            throw new HarnessException("image shape '" + text + "' is not WxHxC (e.g. 28x28x1)");
        }
    }

    public int pixels() {
        return width * height * channels;
    }

    @Override
    public String toString() {
        return width + "x" + height + "x" + channels;
    }
}

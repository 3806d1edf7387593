package pseudolab.harness.learn;

import pseudolab.harness.CliNames;
import pseudolab.harness.HarnessException;

/**
 * How training rows are perturbed. {@code level} none, weak or strong; for images, weak is a random shift of up
 * to {@code maxShift} pixels (2 unless set), a rotation of up to {@code maxDegrees} and, with {@code flip}, a
 * horizontal flip half the time; strong is weak plus a RandAugment-like draw (larger shift, brightness, contrast,
 * pixel noise) and a cutout. For tabular rows weak is Gaussian noise on the standardised features and strong adds
 * swap noise and feature dropout.
 */
public record Augmentation(Level level, boolean flip, int maxShift, double maxDegrees) {
    /** The shift of {@code --augment weak} when none is given. */
    public static final int DEFAULT_WEAK_SHIFT = 2;

    /** A perturbation strength, as named on the command line. */
    public enum Level {
        NONE,
        WEAK,
        STRONG;

        /** {@code none}, {@code weak} or {@code strong}. */
        public String cliName() {
            return CliNames.of(this);
        }

        /** Parses a command-line name. */
        public static Level parse(String text) {
            return CliNames.parse(Level.class, "--augment", text);
        }
    }

    public Augmentation {
        if (level == null) {
            level = Level.NONE;
        }
        if (maxShift < 0 || maxShift > 8) {
            throw new HarnessException("augmentation shift must be 0..8 pixels, got " + maxShift);
        }
        if (maxDegrees < 0 || maxDegrees > 45) {
            throw new HarnessException("augmentation rotation must be 0..45 degrees, got " + maxDegrees);
        }
        if (level == Level.NONE && (maxShift > 0 || maxDegrees > 0 || flip)) {
            level = Level.WEAK; // --augment-shift/--augment-rotation/--flip alone ask for a (custom) weak view
        }
    }

    /** Legacy shift-and-rotate augmentation ({@code --augment-shift}, {@code --augment-rotation}). */
    public Augmentation(int maxShift, double maxDegrees) {
        this(Level.NONE, false, maxShift, maxDegrees);
    }

    public static Augmentation none() {
        return new Augmentation(Level.NONE, false, 0, 0);
    }

    /** {@code level} with the default shift (2 px for weak and strong), no rotation. */
    public static Augmentation of(Level level, boolean flip) {
        return new Augmentation(level, flip, level == Level.NONE ? 0 : DEFAULT_WEAK_SHIFT, 0);
    }

    public boolean enabled() {
        return level != Level.NONE;
    }

    /** The same settings at another level (the weak view of a strong run, for instance). */
    public Augmentation at(Level other) {
        int shift = other == Level.NONE ? 0 : Math.max(maxShift, DEFAULT_WEAK_SHIFT);
        return new Augmentation(other, other != Level.NONE && flip, shift, other == Level.NONE ? 0 : maxDegrees);
    }

    @Override
    public String toString() {
        if (level == Level.NONE) {
            return "none";
        }
        return level.cliName() + " (shift " + maxShift + (maxDegrees > 0 ? ", rotation " + maxDegrees : "")
                + (flip ? ", flips" : "") + ")";
    }
}

package pseudolab.harness.learn;

import pseudolab.harness.HarnessException;

/** Random image augmentation per epoch: integer shifts up to {@code maxShift} pixels and rotations up to {@code maxDegrees}. */
public record Augmentation(int maxShift, double maxDegrees) {
    public Augmentation {
        if (maxShift < 0 || maxShift > 8) {
            throw new HarnessException("augmentation shift must be 0..8 pixels, got " + maxShift);
        }
        if (maxDegrees < 0 || maxDegrees > 45) {
            throw new HarnessException("augmentation rotation must be 0..45 degrees, got " + maxDegrees);
        }
    }

    public static Augmentation none() {
        return new Augmentation(0, 0);
    }

    public boolean enabled() {
        return maxShift > 0 || maxDegrees > 0;
    }
}

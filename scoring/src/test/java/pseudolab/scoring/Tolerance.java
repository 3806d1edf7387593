package pseudolab.scoring;

import org.assertj.core.data.Offset;

/** The agreement the cross-checks demand: 1e-9 relative (absolute near zero). */
final class Tolerance {
    private Tolerance() {}

    static Offset<Double> relative(double expected) {
        return Offset.offset(Math.max(1e-9 * Math.abs(expected), 1e-12));
    }
}

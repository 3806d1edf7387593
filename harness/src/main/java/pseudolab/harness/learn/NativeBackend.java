package pseudolab.harness.learn;

/**
 * Selects the oneDNN build of nd4j-native and lets DL4J use its layer helpers (oneDNN convolution and pooling),
 * which are off by default in 1.0.0-M2.1. Must run before ND4J first loads; values set with {@code -D} win.
 */
public final class NativeBackend {
    /** The javacpp platform extension of the nd4j-native jar this project ships ({@code linux-x86_64-onednn}). */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** DL4J's switch for platform helpers; {@code "true"} (its default) disables them. */
    public static final String HELPERS_DISABLED_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    private NativeBackend() {}

    /** Sets the two system properties unless they are already set. */
    public static void configure() {
        setIfAbsent(EXTENSION_PROPERTY, "-onednn");
        setIfAbsent(HELPERS_DISABLED_PROPERTY, "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

package org.nd4j.nativeblas;

/**
 * Compatibility bridge for DeepLearning4J 1.0.0-M2.1: its oneDNN layer helpers ({@code BaseMKLDNNHelper}) look the
 * native environment up under this class name, which nd4j-native 1.0.0-M2.1 does not ship (its binding is
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu}), so the check
 * always fails and convolutions fall back to a Java im2col path about five times slower. This class answers the
 * check from the real binding; nothing else uses it. Remove it when upgrading DL4J past 1.0.0-M2.1
 * ({@code NativeBackendTest} shows whether the helpers still load).
 */
public final class Nd4jCpu {
    private Nd4jCpu() {}

    /** The subset of the native environment that DL4J's helper check reads reflectively. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {}

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the loaded libnd4j was built with oneDNN and may use it. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance()
                    .isUseONEDNN();
        }
    }
}

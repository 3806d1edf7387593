package pseudolab.scoring.csv;

import java.util.Arrays;

/** Distinct numbers numbered 0, 1, 2... in order of first appearance (open addressing, no boxing). */
public final class DoubleDictionary {
    private double[] values;
    private int size;
    private int[] slots;
    private int mask;

    public DoubleDictionary() {
        this(new double[16], 0, new int[64]);
    }

    private DoubleDictionary(double[] values, int size, int[] slots) {
        this.values = values;
        this.size = size;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    public int size() {
        return size;
    }

    public double get(int code) {
        return values[code];
    }

    /** The code of the value (with -0.0 equal to 0.0), adding it when absent. */
    public int add(double value) {
        double v = value == 0.0 ? 0.0 : value;
        long bits = Double.doubleToLongBits(v);
        int slot = hash(bits) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size] = v;
                slots[slot] = ++size;
                if (size * 2 > slots.length) {
                    grow();
                }
                return size - 1;
            }
            if (Double.doubleToLongBits(values[entry - 1]) == bits) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A copy that can grow independently. */
    public DoubleDictionary copy() {
        return new DoubleDictionary(values.clone(), size, slots.clone());
    }

    private void grow() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hash(Double.doubleToLongBits(values[code])) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int hash(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

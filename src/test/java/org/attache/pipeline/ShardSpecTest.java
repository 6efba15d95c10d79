package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShardSpecTest {

    @Test
    void everyIdBelongsToExactlyOneShardWhateverTheCount() {
        Random random = new Random(19);
        for (int count = 1; count <= 7; count++) {
            int[] sizes = new int[count];
            for (int n = 0; n < 2000; n++) {
                String id = "site-" + random.nextInt(50) + "/" + Long.toHexString(random.nextLong()) + ".html";
                int owners = 0;
                for (int i = 1; i <= count; i++) {
                    if (new ShardSpec(i, count).includes(id)) {
                        owners++;
                        sizes[i - 1]++;
                    }
                }
                assertEquals(1, owners, id + " in " + count + " shards");
            }
            for (int size : sizes) {
                assertTrue(size > 2000 / count / 2, "shares are even enough: " + Arrays.toString(sizes));
            }
        }
    }

    @Test
    void theShareOfAnIdIsFixed() {
        // the split must not change between runs, machines or versions: it hashes the id's UTF-8 bytes
        assertTrue(new ShardSpec(2, 3).includes("nato/2021-06-14-communique.html"));
        assertTrue(new ShardSpec(4, 4).includes("a/b.txt"));
        assertTrue(ShardSpec.ALL.includes("a/b.txt"));
    }

    @Test
    void parsesIOverNAndRefusesTheRest() {
        assertEquals(new ShardSpec(2, 8), ShardSpec.parse("2/8"));
        assertFalse(ShardSpec.parse("1/1").isShard());
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "1/2/3", ""}) {
            assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse(bad), bad);
        }
    }
}

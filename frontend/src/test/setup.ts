import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy*/waitFor wait for a condition; on a busy machine one second is not enough.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => cleanup());

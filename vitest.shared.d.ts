export declare function unitConfig(name: string): import("vite").UserConfig;
//# sourceMappingURL=vitest.shared.d.ts.map
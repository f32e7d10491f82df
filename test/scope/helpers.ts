// Small synthetic build files for the scope tests.

/** A project.pbxproj with a project-level configuration and native targets, each with one Release configuration. */
export function pbxproj(project: { deploymentTarget?: string }, targets: { name: string; productType: string; bundleId?: string; deploymentTarget?: string; infoPlist?: string }[]): string {
  const id = (n: number) => n.toString(16).toUpperCase().padStart(24, '0');
  const objects: string[] = [];
  const config = (cid: string, settings: Record<string, string | undefined>) => {
    const lines = Object.entries(settings).filter(([, v]) => v !== undefined).map(([k, v]) => `\t\t\t\t${k} = ${v};`);
    objects.push(`\t\t${cid} /* Release */ = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n${lines.join('\n')}\n\t\t\t};\n\t\t\tname = Release;\n\t\t};`);
  };
  const list = (lid: string, cid: string, what: string) => {
    objects.push(`\t\t${lid} /* Build configuration list for ${what} */ = {\n\t\t\tisa = XCConfigurationList;\n\t\t\tbuildConfigurations = (\n\t\t\t\t${cid} /* Release */,\n\t\t\t);\n\t\t\tdefaultConfigurationName = Release;\n\t\t};`);
  };
  config(id(1), { IPHONEOS_DEPLOYMENT_TARGET: project.deploymentTarget });
  list(id(2), id(1), 'PBXProject "App"');
  targets.forEach((t, i) => {
    const base = 16 * (i + 1);
    config(id(base + 1), { IPHONEOS_DEPLOYMENT_TARGET: t.deploymentTarget, PRODUCT_BUNDLE_IDENTIFIER: t.bundleId, INFOPLIST_FILE: t.infoPlist, PRODUCT_NAME: t.name });
    list(id(base + 2), id(base + 1), `PBXNativeTarget "${t.name}"`);
    objects.push(`\t\t${id(base + 3)} /* ${t.name} */ = {\n\t\t\tisa = PBXNativeTarget;\n\t\t\tbuildConfigurationList = ${id(base + 2)} /* Build configuration list for PBXNativeTarget "${t.name}" */;\n\t\t\tname = ${t.name};\n\t\t\tproductName = ${t.name};\n\t\t\tproductType = "${t.productType}";\n\t\t};`);
  });
  return `// !$*UTF8*$!\n{\n\tobjects = {\n${objects.join('\n')}\n\t};\n}\n`;
}

export function plist(entries: Record<string, string>): string {
  const body = Object.entries(entries).map(([k, v]) => `\t<key>${k}</key>\n\t<string>${v}</string>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
}

export const APP_MANIFEST = `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Bank" />\n</manifest>\n`;

/** A Gradle KTS app: the root project names plugins with `apply false`, :app applies them. */
export function gradleApp(appId: string, appPlugin = 'alias(libs.plugins.android.application)'): Record<string, string> {
  return {
    'settings.gradle.kts': 'rootProject.name = "bank"\ninclude(":app")\ninclude(":core")\n',
    'build.gradle.kts': 'plugins {\n    alias(libs.plugins.android.application) apply false\n    alias(libs.plugins.android.library) apply false\n}\n',
    'app/build.gradle.kts': `plugins {\n    ${appPlugin}\n}\nandroid {\n    namespace = "${appId}"\n    defaultConfig {\n        applicationId = "${appId}"\n        minSdk = 26\n    }\n    buildTypes {\n        release {\n            isMinifyEnabled = true\n        }\n    }\n}\n`,
    'app/src/main/AndroidManifest.xml': APP_MANIFEST,
    'core/build.gradle.kts': 'plugins {\n    alias(libs.plugins.android.library)\n}\nandroid {\n    namespace = "x.core"\n}\n',
  };
}

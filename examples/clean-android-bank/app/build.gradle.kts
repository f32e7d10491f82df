plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "cn.example.harbourbank"
    compileSdk = 35

    defaultConfig {
        applicationId = "cn.example.harbourbank"
        minSdk = 26
        targetSdk = 35
        versionCode = 620
        versionName = "6.2.0"
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

dependencies {
    implementation(libs.okhttp)
}

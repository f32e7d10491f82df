package cn.example.harbourbank

import android.Manifest
import android.app.Activity
import androidx.core.app.ActivityCompat

/** Asks for the camera when the user starts a cheque deposit (the "cheque deposit photo" data flow). */
object ChequeCapture {
    fun requestCamera(activity: Activity) {
        ActivityCompat.requestPermissions(activity, arrayOf(Manifest.permission.CAMERA), REQUEST_CAMERA)
    }

    private const val REQUEST_CAMERA = 1
}

package io.pxportal.governance;

/** A review's steering pack as a PDF, with the file name to offer it under. */
public record SteeringPack(String fileName, byte[] pdf) {}

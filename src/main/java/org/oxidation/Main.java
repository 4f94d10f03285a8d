package org.oxidation;
public final class Main { public static void main(String[] a) {} }
